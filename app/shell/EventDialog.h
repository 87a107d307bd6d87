// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rt {

class Document;
namespace edit {
struct EventDetails;
}

/**
 * Edit → Event Details…: the event's title, date, venue, organiser, purpose lines, disclaimer
 * and the language of its summary pack (the pack's headings and labels; the app's own language
 * is View → Language). OK applies every changed field as one undoable edit of the Event row.
 */
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventDialog(Document* document, QWidget* parent = nullptr);

    /** The languages offered: "en" and every translation compiled into the app, as codes. */
    static QStringList languages();

    /** Writes the changed fields as one undoable edit (edit::editEvent); false (and nothing
     *  changed) when the date is not a date or nothing changed. */
    bool apply();
    QString problem() const;

    // For tests: the editors.
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* purposeEdit() const { return m_purpose; }
    QComboBox* languageBox() const { return m_language; }

    void accept() override;

private:
    edit::EventDetails edited() const;
    void validate();

    Document* m_document;
    qint64 m_event = 0;
    QLineEdit* m_title;
    QLineEdit* m_date;
    QLineEdit* m_venue;
    QLineEdit* m_organiser;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_disclaimer;
    QPlainTextEdit* m_nextSteps;
    QComboBox* m_language;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace rt
