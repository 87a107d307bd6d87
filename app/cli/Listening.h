// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>

class QEventLoop;

namespace rt::cli {

/** Whether @p address is one of this computer's (for --bind). */
bool isLocalAddress(const QHostAddress& address);

/**
 * SIGINT and SIGTERM for commands that listen until stopped (`serve`, `room host`, `room join`):
 * caught from construction, so a stop while the command starts is not lost, until destruction.
 * Only async-signal-safe work in the handler: it writes a byte the event loop reads.
 */
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    bool isReady() const { return m_ready; }
    /** Runs @p loop until a stop signal arrives (or something else quits it). */
    void wait(QEventLoop& loop);

private:
    bool m_ready = false;
};

} // namespace rt::cli
