#include "stichotrope/profiler.hpp"

#include "current_thread.hpp"
#include "profiler_registry.hpp"
#include "profiler_state.hpp"
#include "results_builder.hpp"

#include <stdexcept>

namespace stichotrope {

Profiler::Profiler(std::string name)
    : id_((initialize_clock(), detail::register_profiler())), tag_(id_ + 1), site_tag_(detail::cache_key(tag_, 0)),
      name_(std::move(name)),
      epoch_ticks_(detail::now_ticks()), state_(std::make_unique<detail::ProfilerState>(record_mask_))
{
}

Profiler::~Profiler()
{
    detail::unregister_profiler(id_);
    state_->threads.profiler_destroyed();
}

void Profiler::start() { state_->tracks.set_started(true); }
void Profiler::stop() { state_->tracks.set_started(false); }
bool Profiler::is_started() const noexcept { return state_->tracks.started(); }

void Profiler::set_track_enabled(unsigned track, bool enabled) { state_->tracks.set_enabled(track, enabled); }
bool Profiler::is_track_enabled(unsigned track) const { return state_->tracks.enabled(track); }
void Profiler::set_track_name(unsigned track, std::string name) { state_->tracks.set_name(track, std::move(name)); }
std::string Profiler::track_name(unsigned track) const { return state_->tracks.name(track); }

detail::ThreadState* Profiler::thread_state_slow()
{
    // A block in a thread_local destructor that runs after the thread's
    // CurrentThread was destroyed: the thread's statistics are final.
    if (!detail::CurrentThread::available()) [[unlikely]]
        return nullptr;
    detail::CurrentThread& self = detail::CurrentThread::get();
    detail::ThreadState* ts = self.find(tag_);
    if (ts == nullptr) {
        auto state = state_->threads.add(tag_, self.id(), self.os_tid(), self.name(),
                                         state_->timeline_capacity.load(std::memory_order_relaxed));
        ts = state.get();
        self.adopt(std::move(state));
    }
    detail::t_thread_cache[tag_ % detail::kThreadCacheSize] = detail::ThreadCacheEntry{tag_, ts};
    return ts;
}

std::uint32_t Profiler::register_block(detail::CallSite& site, unsigned track)
{
    return state_->blocks.register_block(site, track, tag_);
}

Results Profiler::get_results() const
{
    Results r;
    get_results(r);
    return r;
}

void Profiler::get_results(Results& into) const { get_results(into, HistogramRead::Fresh); }

void Profiler::get_results(Results& into, HistogramRead histograms) const
{
    detail::ReadContext context{id_, name_};
    context.now_ns = now_ns();
    context.keep_histograms = histograms == HistogramRead::KeepPrevious;
    // Catalogues first, then the threads: the locks are never nested, so
    // registration and toggling wait at most for a copy.
    const auto blocks = state_->blocks.snapshot();
    const auto tracks = state_->tracks.snapshot();
    const auto threads = state_->threads.states(context.clear_count);
    detail::build_results(context, blocks, tracks, threads, into, state_->merged_histogram_buckets);
}

void Profiler::clear() { state_->threads.clear(); }

void Profiler::set_timeline_enabled(bool enabled) { state_->threads.set_timeline_enabled(enabled); }
bool Profiler::is_timeline_enabled() const { return state_->threads.timeline_enabled(); }

void Profiler::set_timeline_capacity(std::uint64_t events_per_thread)
{
    if (events_per_thread == 0 || events_per_thread > (std::uint64_t(1) << 32))
        throw std::invalid_argument("stichotrope: timeline capacity " + std::to_string(events_per_thread) +
                                    " is out of range 1.." + std::to_string(std::uint64_t(1) << 32) +
                                    " events per thread");
    state_->timeline_capacity.store(events_per_thread, std::memory_order_relaxed);
}
std::uint64_t Profiler::timeline_capacity() const
{
    return state_->timeline_capacity.load(std::memory_order_relaxed);
}

std::uint64_t Profiler::now_ns() const noexcept { return ticks_to_ns(detail::now_ticks() - epoch_ticks_); }

Timeline Profiler::timeline(std::uint64_t since_ns) const
{
    Timeline out;
    timeline(since_ns, out);
    return out;
}

void Profiler::timeline(std::uint64_t since_ns, Timeline& into) const
{
    const auto blocks = state_->blocks.snapshot();
    into.now_ns = now_ns();
    const std::uint64_t since_ticks = epoch_ticks_ + detail::ns_to_ticks_ceil(since_ns);
    const auto threads = state_->threads.states();
    // Rows are reused by position, whichever thread they held before.
    if (into.threads.size() > threads.size())
        into.threads.erase(into.threads.begin() + std::ptrdiff_t(threads.size()), into.threads.end());
    into.threads.reserve(threads.size());
    detail::ThreadState::TimelineSnapshot raw;
    const detail::TickConverter to_ns;
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const detail::ThreadState& ts = *threads[i];
        ts.read_timeline(since_ticks, raw);
        ThreadTimeline& tt = i < into.threads.size() ? into.threads[i] : into.threads.emplace_back();
        tt.thread_id = ts.thread_id();
        tt.os_tid = ts.os_tid();
        tt.name = raw.name;
        tt.alive = raw.alive;
        tt.dropped = raw.dropped;
        tt.events.clear();
        tt.events.reserve(raw.events.size());
        for (const detail::RawEvent& e : raw.events) {
            if (e.block() >= blocks.size())
                continue; // registered after the catalogue copy: next read has it
            const detail::BlockInfo& info = blocks[e.block()];
            const std::uint64_t start = to_ns(e.start - epoch_ticks_);
            const std::uint64_t end = to_ns(e.end() - epoch_ticks_);
            if (end < since_ns)
                continue;
            tt.events.push_back(TimelineEvent{start, end - start, info.track, info.index, e.depth()});
        }
    }
}

std::size_t Profiler::block_count() const { return state_->blocks.size(); }
std::size_t Profiler::thread_count() const { return state_->threads.size(); }
MemoryUsage Profiler::memory_usage() const
{
    const detail::ThreadState::Memory m = state_->threads.memory();
    return MemoryUsage{m.counters, m.histograms, m.timeline};
}
std::size_t Profiler::memory_bytes() const { return memory_usage().total(); }

std::vector<std::uint64_t> live_profiler_ids() { return detail::registered_profiler_ids(); }

} // namespace stichotrope
