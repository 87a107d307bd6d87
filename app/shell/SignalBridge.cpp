// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SignalBridge.h"

#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace rt {

namespace {
int g_sockets[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler
volatile sig_atomic_t g_inUse = 0;

extern "C" void onSignal(int number)
{
    // Only async-signal-safe calls here; errno belongs to the code the signal interrupted.
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t n = ::write(g_sockets[1], &byte, 1); // full: one is enough
    errno = saved;
}

bool setFlags(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0
        && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}
} // namespace

SignalBridge::SignalBridge(const QList<int>& signalNumbers, QObject* parent)
    : QObject(parent)
{
    if (g_inUse)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0)
        return;
    if (!setFlags(g_sockets[0]) || !setFlags(g_sockets[1])) {
        ::close(g_sockets[0]);
        ::close(g_sockets[1]);
        g_sockets[0] = g_sockets[1] = -1;
        return;
    }
    g_inUse = 1;
    m_notifier = new QSocketNotifier(g_sockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalBridge::readPending);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : signalNumbers) {
        Installed installed {number, {}};
        if (::sigaction(number, &action, &installed.previous) == 0)
            m_installed.append(installed);
    }
}

SignalBridge::~SignalBridge()
{
    for (const Installed& installed : std::as_const(m_installed))
        ::sigaction(installed.number, &installed.previous, nullptr);
    if (!m_notifier)
        return;
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
    g_inUse = 0;
}

void SignalBridge::readPending()
{
    unsigned char bytes[64];
    for (;;) {
        const ssize_t n = ::read(g_sockets[0], bytes, sizeof bytes);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EAGAIN: all read
        for (ssize_t i = 0; i < n; ++i)
            emit received(int(bytes[i]));
    }
}

} // namespace rt
