// Exit statuses of every verbatim command (also listed in README.md).
#pragma once

namespace verbatim::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatch = 1;     // query/speakers/entities: nothing matched
inline constexpr int kExitUsage = 2;       // bad options or query syntax
inline constexpr int kExitIndexError = 3;  // index missing, locked, of another schema, I/O error
inline constexpr int kExitSomeFailed =
    4;  // index/extract: some items could not be read; fetch: some URLs failed
inline constexpr int kExitNotInstalled = 5;   // fetch: the HTTP helper could not be started
inline constexpr int kExitInterrupted = 130;  // index: stopped by SIGINT/SIGTERM after committing

}  // namespace verbatim::cli
