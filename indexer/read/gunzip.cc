#include "indexer/read/gunzip.h"

#include <zlib.h>

#include <stdexcept>
#include <vector>

namespace verbatim::read {

std::string gunzip(std::string_view gz, std::size_t limit) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("zlib: out of memory");
  struct End {
    z_stream* z;
    ~End() { inflateEnd(z); }
  } end{&z};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  std::vector<char> buf(1 << 16);
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf.data());
    z.avail_out = static_cast<uInt>(buf.size());
    int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf.data(), buf.size() - z.avail_out);
    if (out.size() > limit)
      throw std::runtime_error("decompresses to more than " + std::to_string(limit >> 20) +
                               " MB: not a news page");
    if (rc == Z_STREAM_END) return out;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) throw std::runtime_error("truncated gzip data");
    if (rc != Z_OK)
      throw std::runtime_error(std::string("not gzip data or damaged: ") +
                               (z.msg != nullptr ? z.msg : "inflate failed"));
  }
}

}  // namespace verbatim::read
