// The version of verbatim's JSON output, described in docs/json.md. Every `--format json`
// document carries it as "format_version"; it goes up when a key is removed, renamed or changes
// type (new keys leave it as it is). JSON Lines records carry no version.
#pragma once

namespace verbatim::query {

inline constexpr int kJsonFormatVersion = 1;

}  // namespace verbatim::query
