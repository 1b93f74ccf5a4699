// FlatMap, the sorted-vector map that holds a snapshot's blocks: it must
// behave as the std::map it replaced, and set_keys() (how a refresh reshapes
// a row set) must keep exactly the values of the keys that stay.
#include "test_support.hpp"

#include "stichotrope/flat_map.hpp"

#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using stichotrope::FlatMap;

class TestFlatMap : public sticho_test::EngineSuite {
    Q_OBJECT
private Q_SLOTS:
    void behavesAsAMap();
    void setKeysKeepsTheValuesOfKeptKeys();
    void iteratesInKeyOrder();
    void aFailedInsertLeavesTheMapAsItWas();
};

namespace {

template <class T>
std::map<unsigned, T> asMap(const FlatMap<unsigned, T>& m)
{
    std::map<unsigned, T> out;
    for (const auto& [k, v] : m)
        out.emplace(k, v);
    return out;
}

} // namespace

void TestFlatMap::behavesAsAMap()
{
    FlatMap<unsigned, std::string> m;
    std::map<unsigned, std::string> ref;
    std::mt19937 rng(7);
    for (int step = 0; step < 2000; ++step) {
        const unsigned key = rng() % 64;
        switch (rng() % 5) {
        case 0:
            m[key] += "a";
            ref[key] += "a";
            break;
        case 1: {
            const auto [it, inserted] = m.try_emplace(key, std::to_string(step));
            const auto [rit, rinserted] = ref.try_emplace(key, std::to_string(step));
            QCOMPARE(inserted, rinserted);
            QCOMPARE(it->first, key);
            QCOMPARE(it->second, rit->second);
            break;
        }
        case 2:
            QCOMPARE(m.erase(key), ref.erase(key));
            break;
        case 3:
            QCOMPARE(m.contains(key), ref.contains(key));
            QCOMPARE(m.find(key) == m.end(), ref.find(key) == ref.end());
            if (ref.contains(key))
                QCOMPARE(m.at(key), ref.at(key));
            else
                QVERIFY_THROWS_EXCEPTION(std::out_of_range, m.at(key));
            break;
        default:
            if (!ref.empty()) {
                const auto next = m.erase(m.find(ref.begin()->first));
                const auto refNext = ref.erase(ref.begin());
                QCOMPARE(next == m.end(), refNext == ref.end());
                if (refNext != ref.end())
                    QCOMPARE(next->first, refNext->first);
            }
            break;
        }
        QCOMPARE(m.size(), ref.size());
        QCOMPARE(asMap(m), ref);
    }
}

void TestFlatMap::setKeysKeepsTheValuesOfKeptKeys()
{
    // Each value remembers the key it was made for; new keys start empty.
    std::mt19937 rng(11);
    FlatMap<unsigned, std::string> m;
    for (int round = 0; round < 500; ++round) {
        std::vector<unsigned> keys;
        const unsigned density = 1 + rng() % 4;
        for (unsigned k = 0; k < 40; ++k)
            if (rng() % density == 0)
                keys.push_back(k);
        const std::map<unsigned, std::string> before = asMap(m);
        m.set_keys(keys);

        QCOMPARE(std::vector<unsigned>(m.keys().begin(), m.keys().end()), keys);
        for (const auto& [k, v] : m) {
            const auto old = before.find(k);
            QCOMPARE(v, old == before.end() ? std::string() : old->second);
        }
        for (auto&& [k, v] : m)
            if (v.empty())
                v = "value of " + std::to_string(k);
    }
    m.set_keys({});
    QVERIFY(m.empty());
}

void TestFlatMap::iteratesInKeyOrder()
{
    FlatMap<unsigned, int> m;
    for (const unsigned k : {5u, 1u, 9u, 3u})
        m.emplace(k, int(k) * 10);
    std::vector<unsigned> seen;
    for (const auto& [k, v] : m) {
        QCOMPARE(v, int(k) * 10);
        seen.push_back(k);
    }
    QCOMPARE(seen, (std::vector<unsigned>{1, 3, 5, 9}));
    QCOMPARE(m.rbegin()->first, 9u);
    QCOMPARE(m.end() - m.begin(), std::ptrdiff_t(4));
    FlatMap<unsigned, int>::const_iterator c = m.begin();
    QCOMPARE(c->second, 10);
}

void TestFlatMap::aFailedInsertLeavesTheMapAsItWas()
{
    struct Picky {
        int value = 0;
        Picky() = default;
        explicit Picky(int v) : value(v)
        {
            if (v < 0)
                throw std::invalid_argument("negative");
        }
    };
    FlatMap<unsigned, Picky> m;
    m.try_emplace(1, 10);
    m.try_emplace(3, 30);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.try_emplace(2, -1));
    QCOMPARE(m.size(), std::size_t(2));
    QCOMPARE(m.values().size(), std::size_t(2));
    QCOMPARE(m.at(1).value, 10);
    QCOMPARE(m.at(3).value, 30);
    QVERIFY(!m.contains(2));
}

QTEST_APPLESS_MAIN(TestFlatMap)
#include "tst_flat_map.moc"
