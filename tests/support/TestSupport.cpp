// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

namespace rt::test {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

int runCli(const QStringList& args, QByteArray* out, QByteArray* err, const QByteArray& stdinData,
           int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("RT_BINARY"), args);
    if (!p.waitForStarted())
        return -2;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return -3;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList hostileTexts()
{
    return {
        QStringLiteral("<b>bold</b> & \"quoted\" 'single' </a:t>]]>"),
        QStringLiteral("Robert'); DROP TABLE note;--"),
        QStringLiteral("Emoji 😀👍🏽 and flags 🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
        QStringLiteral("اردو میں ایک نوٹ — کام کی جگہ پر مدد"),
        QStringLiteral("مرحبا بالعالم"),
        QString::fromUtf8("control\x01\x02\x0b\x0c\x1f chars\ttab"),
        QStringLiteral("line one\nline two\r\nline three"),
        QStringLiteral("  surrounding spaces kept inside  "),
        QString(10000, QLatin1Char('x')).replace(5000, 1, QStringLiteral("MIDDLE")),
    };
}

SmallDisk::SmallDisk(const QString& size)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("mounting a small tmpfs needs root; CI runs as root");
        return;
    }
    QTemporaryDir folder;
    folder.setAutoRemove(false);
    m_folder = folder.path();
    m_path = m_folder + QStringLiteral("/small");
    QDir().mkpath(m_path);
    const int rc = QProcess::execute(QStringLiteral("mount"),
                                     {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_path});
    if (rc != 0) {
        m_error = QStringLiteral("this machine does not allow mounting a tmpfs");
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
}

namespace {
/** The validator, installed once into the build folder from tests/support/ooxml-validate (pinned:
 *  an unpinned `npx @ooxml-tools/validate` pulls yargs 18, which Debian 12's Node 18 cannot run,
 *  and the tests then skipped on a fresh machine). Empty with @p skip saying why when it cannot be had. */
QString ooxmlValidator(QString* skip)
{
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty()) {
        *skip = QStringLiteral("npm is not installed");
        return {};
    }
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/ooxml-validate");
    const QString bin = dir + QStringLiteral("/node_modules/.bin/ooxml-validate");
    QLockFile lock(dir + QStringLiteral(".lock")); // two tests may ask at once (ctest -j2)
    lock.setStaleLockTime(0);
    lock.lock();
    if (QFile::exists(bin))
        return bin;
    QDir().mkpath(dir);
    const QString manifest = dir + QStringLiteral("/package.json");
    QFile::remove(manifest);
    QFile::copy(QStringLiteral(RT_SOURCE_DIR "/tests/support/ooxml-validate/package.json"), manifest);
    QProcess npm;
    npm.setWorkingDirectory(dir);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!npm.waitForFinished(300000) || !QFile::exists(bin)) {
        *skip = QStringLiteral("the OOXML validator could not be installed (offline?): ")
            + QString::fromUtf8(npm.readAllStandardError()).left(200);
        return {};
    }
    return bin;
}
} // namespace

QString ooxmlProblems(const QString& file, QString* skip)
{
    skip->clear();
    const QString validator = ooxmlValidator(skip);
    if (validator.isEmpty())
        return {};
    QProcess p;
    p.start(validator, {file, QStringLiteral("--of"), QStringLiteral("json")});
    if (!p.waitForFinished(180000)) {
        *skip = QStringLiteral("the OOXML validator did not finish");
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (doc.isNull()) {
        *skip = QStringLiteral("the OOXML validator is not available: ")
            + QString::fromUtf8(p.readAllStandardError()).left(200);
        return {};
    }
    const bool clean = doc.isArray() ? doc.array().isEmpty()
                                     : (doc.object().value(QStringLiteral("ok")).toBool(true)
                                        && doc.object().value(QStringLiteral("errors")).toArray().isEmpty());
    return clean ? QString() : QString::fromUtf8(out.left(2000));
}

} // namespace rt::test
