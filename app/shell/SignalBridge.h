// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <csignal>

class QSocketNotifier;

namespace rt {

/**
 * Turns Unix signals (SIGTERM, SIGHUP, SIGINT …) into a Qt signal on the thread that made the
 * bridge, so a logout or `kill` ends the app the way the Quit menu does. The C handler only writes
 * the signal's number to a socket pair (async-signal-safe); a QSocketNotifier reads it in the event
 * loop, which also runs inside modal dialogs.
 *
 * One bridge per process at a time: a second one installs nothing (isActive() is false). The
 * destructor puts back the handlers it replaced.
 */
class SignalBridge : public QObject
{
    Q_OBJECT
public:
    explicit SignalBridge(const QList<int>& signalNumbers, QObject* parent = nullptr);
    ~SignalBridge() override;

    /** false when the socket pair or a handler could not be set up (then nothing is caught). */
    bool isActive() const { return m_notifier != nullptr; }

signals:
    /** @p signalNumber arrived (once per delivery; repeated signals may be coalesced). */
    void received(int signalNumber);

private:
    void readPending();

    struct Installed
    {
        int number;
        struct sigaction previous; // put back by the destructor
    };
    QSocketNotifier* m_notifier = nullptr;
    QList<Installed> m_installed;
};

} // namespace rt
