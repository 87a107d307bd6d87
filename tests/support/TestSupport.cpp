// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
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

} // namespace rt::test
