// A server profile or a server entry read from JSON (profiles are shared between operators).
#include "FuzzSupport.h"
#include "fleet/Server.h"
#include "fleet/ServerProfile.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzzInput(data, size));
    if (!document.isObject())
        return 0;
    QString error;
    const vigie::ServerProfile profile = vigie::ServerProfile::fromJson(document.object(), &error);
    if (error.isEmpty())
        (void)profile.toJson();
    const vigie::Server server = vigie::Server::fromJson(document.object());
    (void)server.toJson();
    return 0;
}
