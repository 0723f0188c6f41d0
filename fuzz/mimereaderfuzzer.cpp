// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Mime::MessageReader, which reads messages back for the sent log (including what a
// script piped into `kurier send -t --queue`) and for importing .eml drafts. Asserted: it
// returns, within its part bound; decoded bodies are never larger than their encoded input;
// and decoding header text never yields more characters than the input has bytes.

#include "app/mime/messagereader.h"

#include <cstdint>
#include <cstdlib>

namespace
{

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Mime::MessageReader reader = Mime::MessageReader::read(input);
    check(reader.files().size() <= Mime::MessageReader::MaxParts);
    qsizetype decoded = 0;
    for (const Mime::MessageReader::File &file : reader.files()) {
        decoded += file.data.size();
    }
    check(decoded <= input.size());
    check(reader.plainText().size() <= input.size());
    for (const Mime::MessageReader::Field &field : reader.fields()) {
        check(!field.name.contains('\n') && !field.value.contains('\n'));
        check(Mime::MessageReader::decodeText(field.value).size() <= field.value.size());
    }
    return 0;
}
