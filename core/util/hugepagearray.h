#pragma once

#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace pass {

// A fixed-size array of zeroed elements (all-zero bytes must be a valid element) for tables of
// tens of MiB read at random: it is aligned to 2 MiB and, on Linux, asks the kernel for huge
// pages (MADV_HUGEPAGE, honoured when transparent huge pages are "madvise" or "always"), so a
// random read costs a cache miss instead of a cache miss and a TLB miss. Elsewhere it is a plain
// aligned array.
template<typename T>
class HugePageArray
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    HugePageArray() = default;
    explicit HugePageArray(size_t size) : m_size(size)
    {
        if (size == 0)
            return;
        const size_t bytes = (size * sizeof(T) + kAlignment - 1) / kAlignment * kAlignment;
        void *p = ::operator new(bytes, std::align_val_t(kAlignment));
#ifdef __linux__
        if (bytes >= kAlignment * 2) // a small table would only grow to a whole huge page
            madvise(p, bytes, MADV_HUGEPAGE); // advice only: without it the array still works
#endif
        std::memset(p, 0, size * sizeof(T));
        m_data = static_cast<T *>(p);
    }
    ~HugePageArray()
    {
        if (m_data)
            ::operator delete(m_data, std::align_val_t(kAlignment));
    }
    HugePageArray(HugePageArray &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
    {
    }
    HugePageArray &operator=(HugePageArray &&other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        return *this;
    }
    HugePageArray(const HugePageArray &) = delete;
    HugePageArray &operator=(const HugePageArray &) = delete;

    size_t size() const { return m_size; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }

private:
    static constexpr size_t kAlignment = size_t(2) << 20;
    T *m_data = nullptr;
    size_t m_size = 0;
};

} // namespace pass
