#pragma once

#include <QUuid>
#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <vector>

namespace pass {

// The keys FirstLines keeps. All zeros marks an empty slot.
//
// The 64-bit hash of a case's authority and protocol: two keys of a million-row file collide
// with odds of about 1 in 10^7.
struct HashKey
{
    quint64 hash = 0;

    HashKey() = default; // the empty slot
    explicit HashKey(quint64 h) : hash(h | (h == 0)) { }
    bool isEmpty() const { return hash == 0; }
    size_t spread() const { return size_t(hash); }
    bool operator==(const HashKey &) const = default;
};

// A case id's 128 bits as they are: two ids never pass for each other.
struct UuidKey
{
    quint64 hi = 0;
    quint64 lo = 0;

    UuidKey() = default;
    explicit UuidKey(const QUuid &id)
        : hi(quint64(id.data1) << 32 | quint64(id.data2) << 16 | id.data3),
          lo(quint64(id.data4[0]) << 56 | quint64(id.data4[1]) << 48 | quint64(id.data4[2]) << 40
             | quint64(id.data4[3]) << 32 | quint64(id.data4[4]) << 24 | quint64(id.data4[5]) << 16
             | quint64(id.data4[6]) << 8 | quint64(id.data4[7]))
    {
    }
    bool isEmpty() const { return hi == 0 && lo == 0; } // the null UUID, never an id
    // Where the probe starts: the random bits of a v4 id are in both halves, those of a
    // time-ordered one (v7, the demo's) in the low half and the low end of the high one.
    size_t spread() const { return size_t(lo ^ (hi * 0x9e3779b97f4a7c15ULL)); }
    bool operator==(const UuidKey &) const = default;
};

// Key → the line it was first seen on, for the keys and ids repeated within a file. Open
// addressing in one array: a million-row file looks up a million random keys, and QHash's
// two-level buckets cost two cache misses each where this costs one (and for ids, a QHash of
// strings took ~150 bytes per id where this takes 24). Up to three quarters full: with linear
// probing the next slots share the cache line the first miss loaded, and a million keys fit in
// 2^21 slots (32 MiB of hashes, 48 MiB of ids) instead of 2^22.
template<typename Key>
class FirstLines
{
public:
    // The line key was first seen on, or 0 after recording it at line.
    qint64 firstOrInsert(Key key, qint64 line)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow(m_slots.size() * 2);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = key.spread() & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.key == key)
                return slot.line;
            if (slot.key.isEmpty()) {
                slot = {key, line};
                ++m_used;
                return 0;
            }
        }
    }

    bool isEmpty() const { return m_used == 0; }
    // Room for about this many keys without rehashing (each rehash touches every slot again).
    void reserve(size_t keys)
    {
        if (keys * 4 > m_slots.size() * 3)
            grow(std::bit_ceil(keys * 4 / 3 + 1));
    }
    // Starts loading the key's slot into the CPU cache: the table is tens of MiB, so a lookup
    // misses; issued a little before firstOrInsert(), the miss overlaps other work.
    void prefetch(Key key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[key.spread() & (m_slots.size() - 1)]);
    }

private:
    struct Slot
    {
        Key key;
        qint64 line = 0;
    };
    void grow(size_t capacity)
    {
        std::vector<Slot> old(std::max<size_t>(capacity, 1 << 12));
        old.swap(m_slots);
        m_used = 0;
        for (const Slot &s : old) {
            if (!s.key.isEmpty())
                firstOrInsert(s.key, s.line);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace pass
