// A run's log as it streams from the server, cut into chunks of varying sizes (the first
// byte seeds the cut lengths) so the incremental marker detection is exercised too.
#include "FuzzSupport.h"
#include "ops/RunLogParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray log = fuzzInput(data + 1, size - 1);
    unsigned step = data[0] | 1u;
    vigie::RunLogParser parser;
    for (qsizetype at = 0; at < log.size();) {
        const qsizetype length = qMin<qsizetype>(1 + step % 37, log.size() - at);
        (void)parser.feed(log.mid(at, length));
        at += length;
        step = step * 1103515245u + 12345u;
    }
    (void)parser.finish();
    (void)vigie::RunLogParser::textOf(log);
    return 0;
}
