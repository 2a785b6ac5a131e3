#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigie {

// The one function that quotes an argument for a remote POSIX shell. Every remote command is
// assembled from literal program text plus arguments passed through here.
QByteArray shellQuote(const QByteArray& argument);
QString shellQuote(const QString& argument);

// Joins a program and its arguments, each quoted.
QString shellCommand(const QStringList& argv);

} // namespace vigie
