# verbatim_discover_tests(TARGET SUITE): registers each Catch2 test case of TARGET with ctest,
# named "SUITE: test case", using Catch2's own discovery module. Further arguments go to
# catch_discover_tests (PROPERTIES ...).
find_package(Catch2 REQUIRED)
include(Catch)
function(verbatim_discover_tests target suite)
  catch_discover_tests(${target} TEST_PREFIX "${suite}: " WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                       ${ARGN})
endfunction()
