// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TemplateDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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
    resize(600, 380);
}

Templates::Template TemplateDialog::selected() const
{
    return m_templates.value(m_list->currentRow());
}

} // namespace rt
