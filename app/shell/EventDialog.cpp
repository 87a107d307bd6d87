// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/EventDialog.h"

#include "commands/EventEdits.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt {

namespace {

QString languageName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : EventDialog::tr("%1 (%2)").arg(name, code);
}

} // namespace

QStringList EventDialog::languages()
{
    QStringList codes {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("roundtable_*.qm")});
    for (const QString& file : files) {
        const QString code = file.mid(11).chopped(3); // roundtable_<code>.qm
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

EventDialog::EventDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_title(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_venue(new QLineEdit(this))
    , m_organiser(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_disclaimer(new QPlainTextEdit(this))
    , m_nextSteps(new QPlainTextEdit(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Event Details"));
    resize(640, 560);
    if (Store* store = document ? document->store() : nullptr) {
        const QList<Row> rows = store->rows(Kind::Event);
        if (!rows.isEmpty())
            m_event = rows.first().id;
    }
    const edit::EventDetails event = document ? edit::eventDetails(*document) : edit::EventDetails();
    m_title->setText(event.title);
    m_date->setText(event.date);
    m_date->setPlaceholderText(tr("YYYY-MM-DD, e.g. 2023-07-21"));
    m_venue->setText(event.venue);
    m_organiser->setText(event.organiser);
    m_purpose->setPlainText(event.purpose.join(QLatin1Char('\n')));
    m_purpose->setPlaceholderText(tr("One purpose per line"));
    m_purpose->setTabChangesFocus(true);
    m_disclaimer->setPlainText(event.disclaimer);
    m_disclaimer->setPlaceholderText(tr("Empty: the pack's standard words on a verbatim reproduction"));
    m_disclaimer->setTabChangesFocus(true);
    m_nextSteps->setPlainText(event.nextSteps);
    m_nextSteps->setPlaceholderText(
        tr("One step per line: the pack's \"Next steps\" slide (left out when empty)"));
    m_nextSteps->setTabChangesFocus(true);
    QString current = event.language;
    if (current.isEmpty())
        current = QStringLiteral("en");
    QStringList codes = languages();
    if (!codes.contains(current))
        codes << current; // a language this build has no translation for: kept, labels in English
    for (const QString& code : std::as_const(codes))
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(current));
    m_language->setToolTip(tr("The language of the summary pack's headings and labels. The app's own "
                              "language is set in View → Language."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("D&isclaimer:"), m_disclaimer);
    form->addRow(tr("&Next steps:"), m_nextSteps);
    form->addRow(tr("Pack &language:"), m_language);
    m_problem->setObjectName(QStringLiteral("eventProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &EventDialog::validate);
    const bool writable = m_event > 0 && !document->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*> {m_title, m_date, m_venue, m_organiser, m_language})
        w->setEnabled(writable);
    m_purpose->setReadOnly(!writable);
    m_disclaimer->setReadOnly(!writable);
    m_nextSteps->setReadOnly(!writable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    validate();
}

QString EventDialog::problem() const
{
    const QString date = m_date->text().trimmed();
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return tr("Date: \"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2023-07-21.").arg(date);
    return {};
}

void EventDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    if (m_event > 0 && !m_document->isReadOnly())
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

edit::EventDetails EventDialog::edited() const
{
    return {m_title->text(),
            m_date->text(),
            m_venue->text(),
            m_organiser->text(),
            m_purpose->toPlainText().split(QLatin1Char('\n')),
            m_disclaimer->toPlainText(),
            m_language->currentData().toString(),
            m_nextSteps->toPlainText()};
}

bool EventDialog::apply()
{
    if (!m_document || m_event <= 0 || m_document->isReadOnly() || !problem().isEmpty())
        return false;
    // Only the fields that changed are written (trimmed), as one undoable step.
    return edit::editEvent(*m_document, edited());
}

void EventDialog::accept()
{
    if (!problem().isEmpty())
        return;
    apply();
    QDialog::accept();
}

} // namespace rt
