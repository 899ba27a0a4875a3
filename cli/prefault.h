// Start-up: the pages a one-shot command touches (its code, constants, data and first megabyte
// of heap) mapped in a few system calls instead of a page fault each: 212 -> 88 faults for a
// query on Reuters. Called first in main.
#pragma once

namespace verbatim::cli {

void prefault_program();

}  // namespace verbatim::cli
