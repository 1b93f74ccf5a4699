// Exporters: CSV in the documented columns, JSON that any parser reads with the
// same numbers and the per-thread breakdown, the text table, and atomic file
// writing. Every expected value is taken from the Results being exported.
#include "test_support.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

using namespace sticho_test;
namespace fs = std::filesystem;

namespace {
const std::string kCsvHeader = "Track,Block Name,Hit Count,Total Time (ns),Avg Time (ns),Min Time (ns),"
                               "Max Time (ns),% Track,% Total";

// RFC 4180: quoted fields may hold commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> parse_csv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

std::string read_file(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Compares CSV rows (header excluded) with a track map, row by row.
void compare_csv(const std::vector<std::vector<std::string>>& rows, const TrackMap& tracks,
                 std::vector<std::string>& out)
{
    std::size_t i = 1;
    for (const auto& [t, track] : tracks)
        for (const auto& [b, s] : track.blocks) {
            if (i >= rows.size()) {
                out.push_back("missing row for block " + std::string(s.name));
                return;
            }
            const auto& row = rows[i++];
            const std::string label = "row " + std::to_string(i - 1) + " (" + std::string(s.name) + ")";
            if (row.size() != 9) {
                out.push_back(label + ": " + std::to_string(row.size()) + " fields");
                continue;
            }
            if (row[0] != track.name || row[1] != s.name)
                out.push_back(label + ": names '" + row[0] + "', '" + row[1] + "'");
            if (row[2] != std::to_string(s.hit_count) || row[3] != std::to_string(s.total_ns) ||
                row[5] != std::to_string(s.min_ns) || row[6] != std::to_string(s.max_ns))
                out.push_back(label + ": counts differ");
            // Printed with 1 and 2 decimals.
            if (std::abs(std::stod(row[4]) - s.avg_ns()) > 0.05 + 1e-9 ||
                std::abs(std::stod(row[7]) - s.percent_of_track) > 0.005 + 1e-9 ||
                std::abs(std::stod(row[8]) - s.percent_of_total) > 0.005 + 1e-9)
                out.push_back(label + ": average or shares differ");
        }
    if (i != rows.size())
        out.push_back(std::to_string(rows.size() - i) + " extra rows");
}

void compare_json_tracks(const QJsonArray& arr, const TrackMap& tracks, const std::string& view,
                         std::vector<std::string>& out)
{
    if (arr.size() != qsizetype(tracks.size())) {
        out.push_back(view + ": " + std::to_string(arr.size()) + " tracks in JSON");
        return;
    }
    qsizetype ti = 0;
    for (const auto& [t, track] : tracks) {
        const QJsonObject jt = arr[ti++].toObject();
        const std::string label = view + " track " + std::to_string(t);
        if (jt["index"].toInteger() != qint64(t) || jt["name"].toString().toStdString() != track.name ||
            jt["enabled"].toBool() != track.enabled || jt["hit_count"].toInteger() != qint64(track.hit_count()) ||
            jt["total_ns"].toInteger() != qint64(track.total_ns()))
            out.push_back(label + ": track fields differ");
        const QJsonArray blocks = jt["blocks"].toArray();
        if (blocks.size() != qsizetype(track.blocks.size())) {
            out.push_back(label + ": block count differs");
            continue;
        }
        qsizetype bi = 0;
        for (const auto& [b, s] : track.blocks) {
            const QJsonObject jb = blocks[bi++].toObject();
            if (jb["index"].toInteger() != qint64(b) || jb["name"].toString().toStdString() != s.name ||
                jb["file"].toString().toStdString() != s.file || jb["line"].toInteger() != qint64(s.line) ||
                jb["hit_count"].toInteger() != qint64(s.hit_count) ||
                jb["total_ns"].toInteger() != qint64(s.total_ns) || jb["min_ns"].toInteger() != qint64(s.min_ns) ||
                jb["max_ns"].toInteger() != qint64(s.max_ns) || jb["bytes"].toInteger() != qint64(s.bytes) ||
                std::abs(jb["avg_ns"].toDouble() - s.avg_ns()) > 1e-9 * (1 + s.avg_ns()) ||
                std::abs(jb["percent_of_track"].toDouble() - s.percent_of_track) > 1e-9 ||
                std::abs(jb["percent_of_total"].toDouble() - s.percent_of_total) > 1e-9)
                out.push_back(label + " block " + std::string(s.name) + ": fields differ");
        }
    }
}

// Data from three threads over named and unnamed tracks, with names that
// need quoting in CSV.
struct Sample {
    Profiler prof{"export \"sample\""};
    Results results;
    Sample()
    {
        prof.set_track_name(1, "Render, main");
        prof.set_track_name(7, "Idle");
        prof.set_track_enabled(7, false);
        ThreadGroup group(3, [&](std::size_t i) {
            for (unsigned n = 0; n < 10 * (i + 1); ++n) {
                { STICHO_BLOCK(prof, 0, "plain"); spin(50); }
                { STICHO_BLOCK(prof, 1, "say \"hi\", twice"); spin(80); }
                { STICHO_BLOCK_BYTES(prof, 1, "multi\nline \xCE\xBC", 4096); spin(30); }
            }
        });
        if (!group.join(watchdog(30s)))
            qFatal("sample threads did not finish");
        results = prof.get_results();
    }
};
} // namespace

class TestExporters : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void csvHeaderAndRows();
    void csvOfEmptyResults();
    void jsonMatchesResults();
    void jsonWithInvalidUtf8();
    void table();
    void formatDuration();
    void writeFileAtomicallyRoundTrip();
    void writeCsvAndJsonFiles();
};

void TestExporters::csvHeaderAndRows()
{
    Sample sample;
    const Results& r = sample.results;
    STICHO_CHECK_RESULTS(r);
    const std::string csv = stichotrope::to_csv(r);
    QCOMPARE(csv.substr(0, csv.find('\n')), kCsvHeader);
    const auto rows = parse_csv(csv);
    QCOMPARE(rows.size(), r.block_count() + 1);
    std::vector<std::string> problems;
    compare_csv(rows, r.tracks, problems);
    for (const auto& t : r.threads) {
        const auto thread_rows = parse_csv(stichotrope::to_csv(t));
        QCOMPARE(thread_rows.front().size(), std::size_t(9));
        compare_csv(thread_rows, t.tracks, problems);
    }
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
    // The tricky names survived quoting.
    QCOMPARE(rows[2][0], std::string("Render, main"));
    QCOMPARE(rows[2][1], std::string("say \"hi\", twice"));
    QCOMPARE(rows[3][1], std::string("multi\nline \xCE\xBC"));
}

void TestExporters::csvOfEmptyResults()
{
    Profiler prof("empty");
    QCOMPARE(stichotrope::to_csv(prof.get_results()), kCsvHeader + "\n");
}

void TestExporters::jsonMatchesResults()
{
    Sample sample;
    const Results& r = sample.results;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(stichotrope::to_json(r)), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root["format"].toString(), QString("stichotrope-results"));
    QCOMPARE(root["version"].toInteger(), qint64(1));
    QCOMPARE(root["profiler"]["id"].toInteger(), qint64(r.profiler_id));
    QCOMPARE(root["profiler"]["name"].toString().toStdString(), r.profiler_name);
    QCOMPARE(root["hit_count"].toInteger(), qint64(r.hit_count()));
    QCOMPARE(root["total_ns"].toInteger(), qint64(r.total_ns()));

    std::vector<std::string> problems;
    compare_json_tracks(root["tracks"].toArray(), r.tracks, "merged", problems);
    const QJsonArray threads = root["threads"].toArray();
    QCOMPARE(threads.size(), qsizetype(r.threads.size()));
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const QJsonObject jt = threads[i].toObject();
        const ThreadResult& t = r.threads[std::size_t(i)];
        QCOMPARE(jt["thread_id"].toInteger(), qint64(t.thread_id));
        QCOMPARE(jt["os_tid"].toInteger(), qint64(t.os_tid));
        QCOMPARE(jt["name"].toString().toStdString(), t.name);
        QCOMPARE(jt["alive"].toBool(), t.alive);
        QCOMPARE(jt["hit_count"].toInteger(), qint64(t.hit_count()));
        QCOMPARE(jt["total_ns"].toInteger(), qint64(t.total_ns()));
        compare_json_tracks(jt["tracks"].toArray(), t.tracks, "thread " + std::to_string(i), problems);
    }
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
}

// Names come from user code and may not be UTF-8: the document stays valid.
void TestExporters::jsonWithInvalidUtf8()
{
    Profiler prof("bad \xff utf8");
    {
        STICHO_BLOCK(prof, 0, "broken \xfe\xff name");
    }
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(stichotrope::to_json(prof.get_results())), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QJsonObject block = root["tracks"].toArray().at(0).toObject()["blocks"].toArray().at(0).toObject();
    const QString name = block["name"].toString();
    QVERIFY(name.startsWith("broken "));
    QVERIFY(name.contains(QChar(0xFFFD)));
    QVERIFY(root["profiler"]["name"].toString().contains(QChar(0xFFFD)));
    QCOMPARE(root["hit_count"].toInteger(), qint64(1));
}

void TestExporters::table()
{
    Sample sample;
    const Results& r = sample.results;
    const std::string table = stichotrope::to_table(r);
    const std::string title = r.profiler_name + " (" + std::to_string(r.threads.size()) + " threads, " +
                              std::to_string(r.hit_count()) + " hits)";
    QCOMPARE(table.substr(0, table.find('\n')), title);
    std::size_t lines = 0;
    for (char c : table)
        lines += c == '\n';
    QCOMPARE(lines, r.block_count() + 2 + 1); // title, header, one per block, plus the block name with a newline
    for (const auto& [t, track] : r.tracks)
        for (const auto& [b, s] : track.blocks) {
            QVERIFY2(table.find(s.name) != std::string::npos, std::string(s.name).c_str());
            QVERIFY(table.find(std::to_string(s.hit_count)) != std::string::npos);
        }
    QVERIFY(table.find("% Track") != std::string::npos);
}

void TestExporters::formatDuration()
{
    using stichotrope::format_duration;
    QCOMPARE(format_duration(812), std::string("812 ns"));
    QCOMPARE(format_duration(999), std::string("999 ns"));
    QCOMPARE(format_duration(1000), std::string("1.00 \xC2\xB5s"));
    QCOMPARE(format_duration(3200), std::string("3.20 \xC2\xB5s"));
    QCOMPARE(format_duration(41.7e6), std::string("41.70 ms"));
    QCOMPARE(format_duration(2.05e9), std::string("2.05 s"));
}

// Arbitrary bytes round-trip, overwriting replaces the file whole, the file
// is readable by others (0644) and no temporary file remains.
void TestExporters::writeFileAtomicallyRoundTrip()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    const fs::path target = dir / "data.bin";
    static constexpr char kBytes[] = "binary\0with NUL\r\n\xCE\xBC\xff";
    std::string contents(kBytes, sizeof kBytes - 1);
    for (int i = 0; i < 100'000; ++i)
        contents += char(i * 31);
    stichotrope::write_file_atomically(target, contents);
    QCOMPARE(read_file(target), contents);
    stichotrope::write_file_atomically(target, "short");
    QCOMPARE(read_file(target), std::string("short"));
    stichotrope::write_file_atomically(target, "");
    QCOMPARE(read_file(target), std::string());
    struct stat st {};
    QCOMPARE(::stat(target.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++files;
    QCOMPARE(files, std::size_t(1));
}

void TestExporters::writeCsvAndJsonFiles()
{
    Sample sample;
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    stichotrope::write_csv(sample.results, dir / "r.csv");
    stichotrope::write_json(sample.results, dir / "r.json");
    QCOMPARE(read_file(dir / "r.csv"), stichotrope::to_csv(sample.results));
    QCOMPARE(read_file(dir / "r.json"), stichotrope::to_json(sample.results));
}

QTEST_APPLESS_MAIN(TestExporters)
#include "tst_exporters.moc"
