// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace rt {

/**
 * For the start-up benchmark (RT_BENCH_FIRST_PAINT set): when the watched window first paints
 * with a session open, prints "first-paint MS RSS_KB PEAK_RSS_KB" to stdout and quits.
 */
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_since;
    bool m_done = false;
};

} // namespace rt
