// Where the archive is and what its files are called: a page is stored once, under a hash of its
// canonical URL, so that the same article reached through two feeds is one file.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::fetch {

// --into DIR, else $XDG_DATA_HOME/verbatim/archive, else ~/.local/share/verbatim/archive.
std::string resolve_archive_dir(const std::string& option);

// "3f/3fa2c4d5e6f70812.html.gz": XXH3-64 of the canonical URL in hexadecimal, under a folder of
// its first two digits (256 folders keep each one small); relative to the archive. The folder
// walk reads it as a gzipped page.
std::string page_path(std::string_view canonical_url);

// ".feeds/3fa2c4d5e6f70812.feed": a feed's last bytes, kept to re-read its entries when it
// answers 304; hidden, so that indexing the archive does not read the feed's entries as items.
std::string feed_path(std::string_view canonical_url);

// XXH3-128 of the bytes in hexadecimal: tells a changed page from an unchanged one.
std::string content_hash(std::string_view bytes);

}  // namespace verbatim::fetch
