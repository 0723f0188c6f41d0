# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when any C++ file of the tree differs from what .clang-format asks for.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/autoconfig/*.cpp ${SOURCE_DIR}/autoconfig/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format finds unformatted code (run scripts/format.sh):\n${errors}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted as .clang-format asks")
