// Writing a file so that readers (and a process killed half way) see the old content or the new,
// never a part.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::archive {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
// `path` (creating the parent folders). Throws std::runtime_error naming the file on failure.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace verbatim::archive
