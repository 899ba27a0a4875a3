// The stop flag of an indexing run: set from a signal handler, read by the pipeline's stages.
#pragma once

namespace verbatim::pipeline {

// Asks the running batch to stop after committing what it has (async-signal-safe).
void request_stop();
bool stop_requested();
// Clears the flag at the start of a run.
void reset_stop();

}  // namespace verbatim::pipeline
