#pragma once

#include "core/util/hugepagearray.h"

#include <QUuid>
#include <QtGlobal>

#include <algorithm>
#include <utility>

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
// strings took ~150 bytes per id where this takes 24). Up to three quarters full, and sized to
// that rather than to a power of two (a million keys: 21 MiB of hashes and 32 MiB of ids
// instead of 32 and 48); with linear probing the next slots share the cache line the first miss
// loaded. The table asks for huge pages: each lookup lands on a random page of tens of MiB, and
// with 4 KiB pages nearly every one of them also missed the TLB.
template<typename Key>
class FirstLines
{
public:
    // The line key was first seen on, or 0 after recording it at line.
    qint64 firstOrInsert(Key key, qint64 line)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow(std::max<size_t>(m_slots.size() * 2, 1 << 12));
        for (size_t i = home(key);;) {
            Slot &slot = m_slots[i];
            if (slot.key == key)
                return slot.line;
            if (slot.key.isEmpty()) {
                slot = {key, line};
                ++m_used;
                return 0;
            }
            if (++i == m_slots.size())
                i = 0;
        }
    }

    bool isEmpty() const { return m_used == 0; }
    // Room for about this many keys without rehashing (each rehash touches every slot again).
    void reserve(size_t keys)
    {
        if (keys * 4 > m_slots.size() * 3)
            grow(keys * 4 / 3 + 1);
    }
    // Starts loading the key's slot into the CPU cache: the table is tens of MiB, so a lookup
    // misses; issued a little before firstOrInsert(), the miss overlaps other work.
    void prefetch(Key key) const
    {
        if (m_slots.size() > 0)
            __builtin_prefetch(&m_slots[home(key)]);
    }

private:
    struct Slot
    {
        Key key;
        qint64 line = 0;
    };
    // Where key's probe starts: its spread, mixed (an id's spread keeps fixed version and
    // variant bits) and scaled to the table by a multiply instead of a modulo. Tables stay
    // below 2^32 slots.
    size_t home(Key key) const
    {
        quint64 h = quint64(key.spread());
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return size_t(((h >> 32) * quint64(m_slots.size())) >> 32);
    }
    void grow(size_t capacity)
    {
        HugePageArray<Slot> old(capacity);
        std::swap(old, m_slots);
        m_used = 0;
        for (size_t i = 0; i < old.size(); ++i) {
            if (!old[i].key.isEmpty())
                firstOrInsert(old[i].key, old[i].line);
        }
    }
    HugePageArray<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace pass
