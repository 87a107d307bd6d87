// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace rt {

namespace {
/** A field of /proc/self/status in kB (VmRSS, VmHWM), or -1. */
qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart)
    : QObject(window)
    , m_since(sinceStart)
{
    // Paint events go to the widgets that paint; watch them all.
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_done = true;
        // Print after this paint completes, so the figure includes it.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint %lld %lld %lld\n", static_cast<long long>(m_since.elapsed()),
                        static_cast<long long>(statusKb("VmRSS")), static_cast<long long>(statusKb("VmHWM")));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rt
