// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace rt::cli {

/** A sub-command: `roundtable NAME ARGS…`. run() gets the arguments after NAME and returns the
 *  exit status; on failure it prints one line naming the problem to stderr. */
struct Command
{
    QString name;
    QString synopsis; ///< e.g. "info FILE [--json]"
    QString summary; ///< one line for --help
    int (*run)(const QStringList& args);
    bool needsGui = false; ///< renders widgets: runs under a QApplication on the offscreen platform
};

/** Every sub-command, in --help order. Add yours in Cli.cpp. */
const QList<Command>& commands();

/** True when argv names a sub-command or a command-line-only option (--help, --version). */
bool isCommandLine(int argc, char** argv);
int run(int argc, char** argv);

/** The command line's translation, all under context "rt::cli" (the context lupdate files a tr()
 *  inside this namespace under); @p n fills %n of a plural, e.g. tr("%n vote(s)", nullptr, n). */
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

/** Helpers for commands: print a one-line error to stderr and return the failure status (1). */
int fail(const QString& message);
void print(const QString& text); ///< to stdout, UTF-8, no newline added
void printBytes(const QByteArray& bytes); ///< to stdout as they are

/** Parses a sub-command's @p args (those after its name) with the options and positional arguments
 *  already added to @p parser, and handles -h/--help for it (the help on stdout, status 0). An
 *  unknown option or a missing value fails with one line naming it, "NAME: …" (status 1).
 *  @param details more help text, printed after the options and arguments
 *  @return -1 to go on, else the exit status to return at once (help shown, or a bad option) */
int parseArguments(QCommandLineParser& parser, const QString& name, const QStringList& args,
                   const QString& details = {});
/** The --help text of sub-command @p name: usage line, summary, options, arguments, @p details. */
QString commandHelp(QCommandLineParser& parser, const QString& name, const QString& details = {});

} // namespace rt::cli
