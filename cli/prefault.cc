#include "cli/prefault.h"

#include <link.h>
#include <malloc.h>
#include <sys/mman.h>
#include <unicode/utypes.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

// ICU's data, when linked in: tens of megabytes of which a command reads a few pages.
extern "C" const char U_ICUDATA_ENTRY_POINT[] __attribute__((weak));

namespace verbatim::cli {
namespace {

std::uintptr_t page_down(std::uintptr_t a) {
  static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  return a & ~(page - 1);
}
std::uintptr_t page_up(std::uintptr_t a) {
  static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  return page_down(a + page - 1);
}

// One system call for the pages of [from, to) (a kernel before 5.14 refuses it, and the pages
// fault in on first use as before).
void populate(std::uintptr_t from, std::uintptr_t to, int advice) {
  from = page_down(from);
  to = page_up(to);
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, advice);
}

// Under the sanitizers the segments hold their shadow memory, and the heap is their allocator's:
// megabytes no command reads.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// What a query allocates before it prints (the parser, the match, the hits' records).
constexpr std::size_t kHeapBytes = std::size_t(1) << 20;

// The executable's segments: code and its constants read, its data written, ahead of use (not
// the shared libraries, which the loader has mapped already, nor ICU's data past its first
// page: a command reads a few pages of it).
int populate_segment(dl_phdr_info* info, size_t, void*) {
  if (info->dlpi_name && *info->dlpi_name) return 0;  // the executable only
  const auto icu = reinterpret_cast<std::uintptr_t>(U_ICUDATA_ENTRY_POINT);
  std::uintptr_t relro_end = 0;  // read-only once started: writing it would fail the call
  for (int i = 0; i < info->dlpi_phnum; ++i)
    if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO)
      relro_end =
          page_up(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr + info->dlpi_phdr[i].p_memsz);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD) continue;
    std::uintptr_t from = info->dlpi_addr + ph.p_vaddr, to = from + ph.p_memsz;
    if (ph.p_flags & PF_X) {
      populate(from, to, MADV_POPULATE_READ);
    } else if (ph.p_flags & PF_W) {
      // its initialised data only: .bss pages are zero pages until written, if ever
      populate(std::max(from, relro_end), from + ph.p_filesz, MADV_POPULATE_WRITE);
    } else {
      if (icu > from && icu < to) to = icu;
      populate(from, to, MADV_POPULATE_READ);
    }
  }
  return 0;
}

// The first `bytes` of the heap made and mapped, then kept for malloc (not trimmed, not
// served by mmap below twice its size).
void populate_heap(std::size_t bytes) {
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(bytes) * 2);
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes) * 4);
  void* block = std::malloc(bytes);
  const auto start = reinterpret_cast<std::uintptr_t>(block);
  populate(start, start + bytes, MADV_POPULATE_WRITE);
  std::free(block);
}

}  // namespace

void prefault_program() {
  if (kSanitized) return;
  dl_iterate_phdr(populate_segment, nullptr);
  populate_heap(kHeapBytes);
}

}  // namespace verbatim::cli
