// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: `roundtable COMMAND ARGS…`. Each sub-command lives in its own
// <Name>Command.cpp and is listed once in commands() below.
#include "cli/Cli.h"
#include "cli/ExportCommand.h"
#include "cli/ServeCommand.h"

#include "shell/BidiStyle.h"
#include "shell/Fonts.h"
#include "shell/Gui.h"
#include "shell/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace rt::cli {

// One declaration and one table line per sub-command.
int runNew(const QStringList& args);
int runTemplates(const QStringList& args);
int runInfo(const QStringList& args);
int runDump(const QStringList& args);
int runLoad(const QStringList& args);
int runScreenshot(const QStringList& args);
int runMerge(const QStringList& args);
int runRoom(const QStringList& args);

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("rt::cli", text, disambiguation, n);
}

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {QStringLiteral("new"), QStringLiteral("new [--template NAME] FILE | new --from PREVIOUS FILE"),
         tr("create a session file from a built-in template (default: blank)"), &runNew},
        {QStringLiteral("templates"), QStringLiteral("templates"), tr("list the built-in templates"),
         &runTemplates},
        {QStringLiteral("info"), QStringLiteral("info FILE [--json]"),
         tr("what the session file holds (counts; --json: one JSON object)"), &runInfo},
        {QStringLiteral("dump"), QStringLiteral("dump FILE"),
         tr("the whole session as interchange JSON on stdout"), &runDump},
        {QStringLiteral("load"), QStringLiteral("load JSON FILE"),
         tr("build a new session file from interchange JSON (JSON may be - for stdin)"), &runLoad},
        exportCommand(),
        {QStringLiteral("merge"), QStringLiteral("merge OUT FILE..."),
         tr("combine the files from several laptops into a new file OUT"), &runMerge},
        {QStringLiteral("serve"), QStringLiteral("serve FILE --poll N [--bind ADDR] [--port P]"),
         tr("phone voting without the window, until Ctrl+C or the poll closes"), &runServe},
        {QStringLiteral("room"), QStringLiteral("room host FILE | room join ROOM FILE"),
         tr("host the live room, or join one as a table laptop, until Ctrl+C"), &runRoom},
        {QStringLiteral("screenshot"),
         QStringLiteral("screenshot FILE --view VIEW -o OUT.png [--size WxH] [--lang LANG] [--read-only]"),
         tr("render one view of the app offscreen to a PNG"), &runScreenshot, true},
    };
    return list;
}

namespace {

const Command* find(const QString& name)
{
    for (const Command& c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString viewList()
{
    QString out;
    const QStringList views = rt::gui::viewHelp();
    for (const QString& v : views)
        out += QStringLiteral("  ") + v + QLatin1Char('\n');
    return out;
}

QString mainHelp()
{
    // Synopses up to this width share a line with their summary; longer ones sit above it.
    constexpr int width = 28;
    QString out = tr("Usage: roundtable [FILE]             open the app (on FILE)\n"
                     "       roundtable COMMAND [ARGS...]   run a command without a window\n");
    out += QLatin1Char('\n')
        + QCoreApplication::translate("main",
                                      "Run a facilitated seminar and publish its verbatim "
                                      "summary pack.")
        + QLatin1String("\n\n");
    out += tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands()) {
        if (c.synopsis.size() > width)
            out += QStringLiteral("  %1\n  %2  %3\n")
                       .arg(c.synopsis, QString(width, QLatin1Char(' ')), c.summary);
        else
            out += QStringLiteral("  %1  %2\n").arg(c.synopsis, -width).arg(c.summary);
    }
    if (find(QStringLiteral("screenshot"))) {
        const QString views = viewList();
        if (!views.isEmpty())
            out += QLatin1Char('\n') + tr("Views for screenshot --view:") + QLatin1Char('\n') + views;
    }
    out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    out += QStringLiteral("  -h, --help     %1\n")
               .arg(tr("show this help; `roundtable COMMAND --help` for one command"));
    out += QStringLiteral("  -v, --version  %1\n").arg(tr("show the version"));
    out += QLatin1Char('\n') + tr("Exit status is 0 on success; otherwise one line on stderr says why.")
        + QLatin1Char('\n');
    return out;
}

/** Commands promise one line on stderr when they fail, so Qt's chatter (e.g. the offscreen
 *  platform's warnings) is dropped unless RT_VERBOSE is set. Critical and fatal messages pass. */
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("RT_VERBOSE");
    if (!verbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    const QByteArray line = qFormatLogMessage(type, context, message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace

bool isCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first.startsWith(QLatin1Char('-')))
        return first == QLatin1String("--help") || first == QLatin1String("-h")
            || first == QLatin1String("--version") || first == QLatin1String("-v")
            || first == QLatin1String("--help-all");
    return find(first) != nullptr;
}

int run(int argc, char** argv)
{
    qInstallMessageHandler(quietMessages);
    const Command* command = argc > 1 ? find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Widgets need a platform; without a display, render offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        gui::installScriptFonts(); // Urdu in a picture joins as in the window
        gui::installBidiStyle();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("roundtable"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Roundtable"));
    // What this laptop writes into a session (merge, load) carries its id, as in the window.
    Settings::instance().adoptDevice();
    // The commands speak the system's language (LANG); English otherwise, whose file holds the
    // plural forms ("1 vote", "2 votes"). The window installs its own, from its settings.
    auto* own = new QTranslator(app.get());
    if (own->load(QLocale::system(), QStringLiteral("roundtable"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/roundtable_en.qm")))
        QCoreApplication::installTranslator(own);

    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        print(QStringLiteral("roundtable %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!command) {
        print(mainHelp());
        return first.startsWith(QLatin1Char('-')) ? 0 : 2;
    }
    return command->run(args.mid(2));
}

int parseArguments(QCommandLineParser& parser, const QString& name, const QStringList& args,
                   const QString& details)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList {QStringLiteral("roundtable")} + args))
        return fail(QStringLiteral("%1: %2").arg(name, parser.errorText()));
    if (parser.isSet(help)) {
        print(commandHelp(parser, name, details));
        return 0;
    }
    return -1;
}

QString commandHelp(QCommandLineParser& parser, const QString& name, const QString& details)
{
    const Command* c = find(name);
    QString out = tr("Usage: roundtable %1").arg(c ? c->synopsis : name) + QLatin1Char('\n');
    if (c)
        out += QLatin1Char('\n') + c->summary + QLatin1Char('\n');
    // QCommandLineParser's own text (options, arguments) after its usage line, in any language.
    const QString own = parser.helpText();
    const qsizetype body = own.indexOf(QLatin1String("\n\n"));
    if (body >= 0)
        out += own.mid(body + 1);
    if (name == QLatin1String("screenshot")) {
        const QString views = viewList();
        if (!views.isEmpty())
            out += QLatin1Char('\n') + tr("Views:") + QLatin1Char('\n') + views;
    }
    if (!details.isEmpty())
        out += QLatin1Char('\n') + details;
    return out;
}

int fail(const QString& message)
{
    // One line, whatever the message holds.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = QStringLiteral("roundtable: %1\n").arg(line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return 1;
}

void print(const QString& text)
{
    printBytes(text.toUtf8());
}

void printBytes(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace rt::cli
