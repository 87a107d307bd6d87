// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Listening.h"

#include <QEventLoop>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace rt::cli {

namespace {
int g_stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_stopPipe[1], &byte, 1);
}
} // namespace

bool isLocalAddress(const QHostAddress& address)
{
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress& a : all) {
        if (a.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

StopSignals::StopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_stopPipe) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    m_ready = true;
}

StopSignals::~StopSignals()
{
    if (!m_ready)
        return;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(g_stopPipe[0]);
    ::close(g_stopPipe[1]);
}

void StopSignals::wait(QEventLoop& loop)
{
    QSocketNotifier notifier(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace rt::cli
