// The runs listing (records, status files, locks) the server sends back.
#include "FuzzSupport.h"
#include "ops/RunRecordParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = fuzzInput(data, size);
    (void)vigie::RunRecordParser::parse(text);
    (void)vigie::RunRecordParser::parseHolder(text.split('\n'));
    vigie::RunRecord record;
    vigie::RunRecordParser::applyStatus(record, text.left(64), size % 2 == 0);
    return 0;
}
