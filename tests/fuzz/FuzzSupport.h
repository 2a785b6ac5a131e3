#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands over, as a QByteArray (copied: Qt may keep views into it).
inline QByteArray fuzzInput(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The same nonce as the captured probe outputs in tests/unit/data/probe, so the seed corpus
// reaches every section parser from the first run.
inline constexpr char fuzzProbeNonce[] = "capture0123456789";
