#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace vigie {

QTranslator* Translations::install(QCoreApplication* app, const QLocale& locale)
{
    auto* translator = new QTranslator(app);
    // The .qm files are embedded under :/i18n (translations/CMakeLists.txt).
    const QString dir = QStringLiteral(":/i18n");
    if (!translator->load(locale, QStringLiteral("vigie"), QStringLiteral("_"), dir) &&
        !translator->load(QStringLiteral("vigie_en"), dir)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace vigie
