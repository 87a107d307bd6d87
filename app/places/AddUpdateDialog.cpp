// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/AddUpdateDialog.h"

#include "models/ActionFollowUp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rt {

AddUpdateDialog::AddUpdateDialog(const QString& action, const QString& who, const QString& status,
                                 QWidget* parent)
    : QDialog(parent)
    , m_who(new QLineEdit(who, this))
    , m_status(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add Update"));
    for (const QString& key : followup::statusKeys())
        m_status->addItem(followup::statusLabel(key), key);
    m_status->setCurrentIndex(followup::statusIndex(status));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What has happened since the last update?"));
    auto* heading = new QLabel(action.toHtmlEscaped(), this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    auto* form = new QFormLayout(this);
    form->addRow(heading);
    form->addRow(tr("&Who reports it:"), m_who);
    form->addRow(tr("&Status now:"), m_status);
    form->addRow(tr("&What they said:"), m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Update"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto refresh = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, refresh);
    refresh();
    m_text->setFocus();
    resize(520, 320);
}

QString AddUpdateDialog::who() const
{
    return m_who->text().trimmed();
}

QString AddUpdateDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString AddUpdateDialog::status() const
{
    return m_status->currentData().toString();
}

} // namespace rt
