// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TemplateDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace rt {

TemplateDialog::TemplateDialog(QWidget* parent)
    : QDialog(parent)
    , m_templates(Templates::available())
{
    setWindowTitle(tr("New from Template"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose what the new session starts with. You can change everything afterwards."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(3);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleName(tr("Templates"));
    for (const Templates::Template& t : m_templates) {
        auto* item = new QListWidgetItem(QIcon(t.name == QLatin1String("blank")
                                                   ? QStringLiteral(":/icons/blank.svg")
                                                   : QStringLiteral(":/icons/template.svg")),
                                         t.title + QLatin1Char('\n') + t.description, m_list);
        item->setToolTip(t.description);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->viewport()->installEventFilter(this);
    resize(640, 420);
    fitRows();
}

bool TemplateDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitRows();
    return QDialog::eventFilter(watched, event);
}

void TemplateDialog::fitRows()
{
    const int spacing = m_list->spacing();
    // The text's width: the row less the icon, its margins and the list's spacing.
    const int width = m_list->viewport()->width() - m_list->iconSize().width() - 2 * spacing - 24;
    if (width <= 0)
        return;
    const QFontMetrics metrics(m_list->font());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QRect text = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text());
        const int height = std::max(text.height(), m_list->iconSize().height()) + 12;
        item->setSizeHint(QSize(m_list->viewport()->width() - 2 * spacing, height));
    }
}

Templates::Template TemplateDialog::selected() const
{
    return m_templates.value(m_list->currentRow());
}

} // namespace rt
