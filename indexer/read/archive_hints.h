// What a fetch archive's manifest says about a stored page: the URL it came from and the
// charset its server named, which the page's bytes alone may not say.
#pragma once

#include <map>
#include <string>

namespace verbatim::read {

struct PageHint {
  std::string url;      // the final URL the page was fetched from
  std::string charset;  // from the HTTP Content-Type, may be empty
};

// Looks pages up in the manifest of the archive holding them (ARCHIVE/hh/NAME.html.gz, with
// ARCHIVE/.manifest.jsonl); each manifest is read once. A page outside an archive, or one the
// manifest does not name, has no hint.
class ArchiveHints {
 public:
  PageHint lookup(const std::string& page_path);

 private:
  using Hints = std::map<std::string, PageHint>;  // by path relative to the archive
  const Hints& hints_of(const std::string& archive_dir);
  std::map<std::string, Hints> archives_;
};

}  // namespace verbatim::read
