// Reading while a re-index switches generations: Xapian says the database moved on
// (DatabaseModifiedError); reopening it and reading again gives a consistent answer.
#pragma once

#include <xapian.h>

namespace verbatim::query {

// Runs `read` and returns what it returns; when the database was modified meanwhile, reopens it
// and runs `read` again (a few times at most).
template <typename Read>
auto reading_reopened(Xapian::Database& db, Read read) {
  for (int attempt = 0;; ++attempt) {
    try {
      return read();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw;
      db.reopen();
    }
  }
}

}  // namespace verbatim::query
