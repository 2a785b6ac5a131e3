#pragma once

#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace vigie {

// Vigie's own translator, shared by the GUI and vigie-cli. Sources are written with "%n
// server(s)" plurals, so English is a translation too: a locale Vigie has no translation for
// (C, POSIX, German…) gets the English one, never the source text with its "(s)".
class Translations
{
public:
    // Loads and installs Vigie's translator for `locale` (parented to `app`); returns it, or
    // nullptr if even the English one could not be loaded.
    static QTranslator* install(QCoreApplication* app, const QLocale& locale);
};

} // namespace vigie
