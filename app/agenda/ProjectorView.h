// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace rt {

class CountdownWidget;
class RunController;

/**
 * What the room sees: the current item's title, its prompts (table discussions) or a short
 * guidance summary, and the big timer. White on near-black, every size a fraction of the
 * window's height so it reads from the back of the room at any resolution. A side area on the
 * right is kept for the polls page (QR code and live results).
 */
class ProjectorView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectorView(RunController* controller, QWidget* parent = nullptr);

    /** Puts @p widget in the side area (taking ownership; nullptr clears it). */
    void setSideWidget(QWidget* widget);
    QWidget* sideWidget() const { return m_side; }

    QString titleText() const;
    int titlePixelSize() const;
    CountdownWidget* countdown() const { return m_countdown; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void refreshTimer();
    void applySizes();

    RunController* m_controller;
    QLabel* m_when;
    QLabel* m_title;
    QLabel* m_body;
    QLabel* m_next;
    CountdownWidget* m_countdown;
    QHBoxLayout* m_row;
    QPointer<QWidget> m_side;
};

} // namespace rt
