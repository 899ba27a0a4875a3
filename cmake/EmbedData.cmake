# embed_data(OUT ROOT FILES...): generates OUT, a C++ file that defines
# verbatim::data::file(name) returning the bytes of ROOT/name for each of FILES.
function(embed_data out root)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${root} "-DFILES=${files}"
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding data files"
    VERBATIM)
endfunction()
