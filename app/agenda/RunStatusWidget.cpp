// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/RunStatusWidget.h"

#include "agenda/CountdownWidget.h"
#include "agenda/RunController.h"
#include "store/Columns.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

namespace rt {

RunStatusWidget::RunStatusWidget(RunController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_timer(new QToolButton(this))
    , m_go(new QPushButton(this))
{
    setObjectName(QStringLiteral("runStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);
    m_timer->setObjectName(QStringLiteral("runStatusTimer"));
    m_timer->setAutoRaise(true);
    m_timer->setToolTip(tr("Run mode: the current item and the time left (click for run mode, F5)"));
    m_go->setObjectName(QStringLiteral("runStatusGo"));
    // Status-bar controls take no keyboard focus (Tab stays in the page): the keys reach them
    // through Run ▸ Start Run Mode (F5) and Run ▸ Go to the Item's Page.
    m_timer->setFocusPolicy(Qt::NoFocus);
    m_go->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_timer);
    layout->addWidget(m_go);

    connect(m_timer, &QToolButton::clicked, this, &RunStatusWidget::runPageRequested);
    connect(m_go, &QPushButton::clicked, controller, &RunController::openWorkspace);
    connect(controller, &RunController::currentChanged, this, &RunStatusWidget::refresh);
    connect(controller, &RunController::stateChanged, this, &RunStatusWidget::refresh);
    connect(controller, &RunController::ticked, this, &RunStatusWidget::refresh);
    refresh();
}

QString RunStatusWidget::text() const
{
    return m_timer->text();
}

void RunStatusWidget::setShownPage(const QString& page)
{
    m_shownPage = page;
    refresh();
}

void RunStatusWidget::refresh()
{
    const Row item = m_controller->currentItem();
    const AgendaTimer& t = m_controller->timer();
    QString title = item.isValid() ? item.str(col::Title).simplified() : tr("Not started");
    if (title.size() > 40)
        title = title.left(39) + QChar(0x2026);
    const QString left = t.text();
    m_timer->setText(tr("%1 · %2").arg(title, left));
    const QString spoken = t.isPaused()            ? tr("Run mode: %1, %2 left, paused").arg(title, left)
        : t.phase() == AgendaTimer::Phase::Overrun ? tr("Run mode: %1, %2 over time").arg(title, left)
                                                   : tr("Run mode: %1, %2 left").arg(title, left);
    m_timer->setAccessibleName(spoken);
    QFont bold = m_timer->font();
    bold.setBold(true);
    m_timer->setFont(bold);
    const QColor colour = t.phase() == AgendaTimer::Phase::Normal || t.phase() == AgendaTimer::Phase::Untimed
        ? palette().color(QPalette::WindowText)
        : CountdownWidget::colorFor(t.phase());
    m_timer->setStyleSheet(QStringLiteral("QToolButton { color: %1; }").arg(colour.name()));

    const QString ws = RunController::workspaceFor(item);
    m_go->setVisible(!ws.isEmpty() && ws != m_shownPage);
    if (ws == QLatin1String("tables"))
        m_go->setText(tr("Go to Tables"));
    else if (ws == QLatin1String("places"))
        m_go->setText(tr("Go to Places"));
    m_go->setAccessibleName(m_go->text());
}

} // namespace rt
