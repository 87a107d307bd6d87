// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WelcomePage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt {

namespace {

QPushButton* bigButton(QAction* action, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(action->icon(), text, parent);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(36);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QAction* newSession, QAction* open, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);

    auto* column = new QWidget(this);
    column->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/roundtable.svg")).pixmap(72, 72));
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    auto* title = new QLabel(tr("Roundtable"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto* subtitle
        = new QLabel(tr("Run a facilitated seminar and publish its verbatim summary pack."), column);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(subtitle);
    layout->addSpacing(12);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    QPushButton* newButton = bigButton(newSession, tr("New from Template…"), column);
    newButton->setDefault(true);
    buttons->addWidget(newButton, 1);
    buttons->addWidget(bigButton(open, tr("Open…"), column), 1);
    layout->addLayout(buttons);

    layout->addSpacing(12);
    auto* recentTitle = new QLabel(tr("Recent sessions"), column);
    QFont bold = recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setMinimumHeight(160);
    m_recent->setIconSize(QSize(24, 24));
    m_recent->setSpacing(3);
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentActivated(item->data(Qt::UserRole).toString()); });

    // Centred, as wide as it may be up to its maximum, narrower in a small window.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    const QIcon icon(QStringLiteral(":/icons/roundtable.svg"));
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            icon, tr("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Sessions you open appear here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rt
