// A map kept as two sorted vectors, keys and values, after C++23's
// std::flat_map. Snapshots hold one per track and thread: a 100-thread x
// 1000-block snapshot is then a few hundred allocations instead of 100 000
// tree nodes, and building, refreshing or reading it walks memory in order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "stichotrope/snapshot_memory.hpp"

namespace stichotrope {

template <class Key, class T>
class FlatMap {
    template <bool Const>
    class Iterator;

public:
    using key_type = Key;
    using mapped_type = T;
    using size_type = std::size_t;
    // Elements are read as pairs of references, as std::flat_map's are: bind
    // them with `const auto& [key, value]` or `auto&& [key, value]`.
    using reference = std::pair<const Key&, T&>;
    using const_reference = std::pair<const Key&, const T&>;
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;
    using reverse_iterator = std::reverse_iterator<iterator>;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    iterator begin() noexcept { return {keys_.data(), values_.data()}; }
    iterator end() noexcept { return begin() + std::ptrdiff_t(size()); }
    const_iterator begin() const noexcept { return {keys_.data(), values_.data()}; }
    const_iterator end() const noexcept { return begin() + std::ptrdiff_t(size()); }
    const_iterator cbegin() const noexcept { return begin(); }
    const_iterator cend() const noexcept { return end(); }
    reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
    reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
    const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
    const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }

    size_type size() const noexcept { return keys_.size(); }
    bool empty() const noexcept { return keys_.empty(); }
    void clear() noexcept
    {
        keys_.clear();
        values_.clear();
    }
    void reserve(size_type n)
    {
        keys_.reserve(n);
        values_.reserve(n);
    }

    std::span<const Key> keys() const noexcept { return keys_; }
    std::span<T> values() noexcept { return values_; }
    std::span<const T> values() const noexcept { return values_; }

    iterator find(const Key& key) noexcept { return begin() + std::ptrdiff_t(index_of(key)); }
    const_iterator find(const Key& key) const noexcept { return begin() + std::ptrdiff_t(index_of(key)); }
    bool contains(const Key& key) const noexcept { return index_of(key) != size(); }
    size_type count(const Key& key) const noexcept { return contains(key) ? 1 : 0; }

    T& at(const Key& key) { return values_[checked(key)]; }
    const T& at(const Key& key) const { return values_[checked(key)]; }
    T& operator[](const Key& key) { return try_emplace(key).first->second; }

    // Inserts T(args...) unless the key is there; like std::map, the bool
    // says whether it inserted. Appending in key order is constant time.
    template <class... Args>
    std::pair<iterator, bool> try_emplace(const Key& key, Args&&... args)
    {
        const size_type at = lower_bound(key);
        if (at != size() && keys_[at] == key)
            return {begin() + std::ptrdiff_t(at), false};
        values_.emplace(values_.begin() + std::ptrdiff_t(at), std::forward<Args>(args)...);
        try {
            keys_.insert(keys_.begin() + std::ptrdiff_t(at), key);
        } catch (...) {
            values_.erase(values_.begin() + std::ptrdiff_t(at)); // both vectors as they were
            throw;
        }
        return {begin() + std::ptrdiff_t(at), true};
    }
    template <class V>
    std::pair<iterator, bool> emplace(const Key& key, V&& value)
    {
        return try_emplace(key, std::forward<V>(value));
    }

    iterator erase(const_iterator first, const_iterator last)
    {
        const auto from = first.key_ - keys_.data(), to = last.key_ - keys_.data();
        keys_.erase(keys_.begin() + from, keys_.begin() + to);
        values_.erase(values_.begin() + from, values_.begin() + to);
        return begin() + from;
    }
    iterator erase(const_iterator it) { return erase(it, it + 1); }
    size_type erase(const Key& key)
    {
        const auto it = find(key);
        if (it == end())
            return 0;
        erase(it);
        return 1;
    }

    // Makes the keys exactly `keys` (ascending, no duplicates) in linear time:
    // the values of keys already there are kept, new keys get T(), the others
    // are erased. Values are then written through values(), by position. This
    // is how a snapshot is refreshed without reallocating its rows.
    void set_keys(std::span<const Key> keys)
    {
        // Forward: drop the keys that go, moving kept values left.
        size_type kept = 0;
        for (size_type i = 0, k = 0; i < keys_.size(); ++i) {
            while (k < keys.size() && keys[k] < keys_[i])
                ++k;
            if (k < keys.size() && keys[k] == keys_[i]) {
                if (kept != i) {
                    keys_[kept] = keys_[i];
                    values_[kept] = std::move(values_[i]);
                }
                ++kept;
            }
        }
        keys_.resize(kept);
        values_.resize(kept);
        if (kept == keys.size())
            return;
        // Backward: spread the kept values right to make room for the new
        // keys, which start as T().
        keys_.resize(keys.size());
        values_.resize(keys.size());
        size_type from = kept;
        for (size_type to = keys.size(); to-- > 0;) {
            if (from > 0 && keys_[from - 1] == keys[to]) {
                --from;
                if (from != to)
                    values_[to] = std::move(values_[from]);
            } else {
                values_[to] = T();
            }
            keys_[to] = keys[to];
        }
    }

    friend bool operator==(const FlatMap&, const FlatMap&) = default;

private:
    template <bool Const>
    class Iterator {
        using Value = std::conditional_t<Const, const T, T>;
        using Pair = std::pair<const Key&, Value&>;
        struct Arrow {
            Pair pair;
            const Pair* operator->() const noexcept { return &pair; }
        };

    public:
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::input_iterator_tag; // yields pairs of references, by value
        using value_type = std::pair<Key, T>;
        using reference = Pair;
        using pointer = Arrow;
        using difference_type = std::ptrdiff_t;

        Iterator() noexcept = default;
        template <bool C = Const>
            requires C // a const_iterator from an iterator
        Iterator(const Iterator<false>& other) noexcept : key_(other.key_), value_(other.value_)
        {
        }
        Pair operator*() const noexcept { return {*key_, *value_}; }
        Arrow operator->() const noexcept { return {**this}; }
        Pair operator[](difference_type n) const noexcept { return *(*this + n); }
        Iterator& operator++() noexcept { return *this += 1; }
        Iterator operator++(int) noexcept { Iterator old = *this; ++*this; return old; }
        Iterator& operator--() noexcept { return *this -= 1; }
        Iterator operator--(int) noexcept { Iterator old = *this; --*this; return old; }
        Iterator& operator+=(difference_type n) noexcept { key_ += n; value_ += n; return *this; }
        Iterator& operator-=(difference_type n) noexcept { return *this += -n; }
        friend Iterator operator+(Iterator i, difference_type n) noexcept { return i += n; }
        friend Iterator operator+(difference_type n, Iterator i) noexcept { return i += n; }
        friend Iterator operator-(Iterator i, difference_type n) noexcept { return i -= n; }
        friend difference_type operator-(const Iterator& a, const Iterator& b) noexcept { return a.key_ - b.key_; }
        friend bool operator==(const Iterator& a, const Iterator& b) noexcept { return a.key_ == b.key_; }
        friend auto operator<=>(const Iterator& a, const Iterator& b) noexcept { return a.key_ <=> b.key_; }

    private:
        friend class FlatMap;
        friend class Iterator<!Const>;
        Iterator(const Key* key, Value* value) noexcept : key_(key), value_(value) {}
        const Key* key_ = nullptr;
        Value* value_ = nullptr;
    };

    // Where key is or would go; a key after the last one costs no search.
    size_type lower_bound(const Key& key) const noexcept
    {
        if (keys_.empty() || keys_.back() < key)
            return size();
        return size_type(std::lower_bound(keys_.begin(), keys_.end(), key) - keys_.begin());
    }
    // Where key is; size() if absent.
    size_type index_of(const Key& key) const noexcept
    {
        const size_type at = lower_bound(key);
        return at != size() && keys_[at] == key ? at : size();
    }
    size_type checked(const Key& key) const
    {
        const size_type at = index_of(key);
        if (at == size())
            throw std::out_of_range("FlatMap::at: no such key");
        return at;
    }

    SnapshotVector<Key> keys_;
    SnapshotVector<T> values_;
};

} // namespace stichotrope
