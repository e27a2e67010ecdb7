/**
 * Field names of agenda exports from systems without a reader of their own, by
 * what the field holds. Why data: every publishing system names the same fields
 * its own way (`Titel`, `Title`, `Caption`), and the generic export reader maps
 * them by name; a new system's spelling is one word added here. Names compare
 * case-insensitively on letters and digits only (`Sags-nr`, `SagsNr` and
 * `sagsnr` are one name). The first name found nearest the record wins, and
 * within one level the earlier name in a list wins.
 */

export type ExportFieldRole =
  | 'number' | 'title' | 'text' | 'caseNumber' | 'decision' | 'attachments' | 'url' | 'id'
  | 'committee' | 'date' | 'start' | 'end' | 'location' | 'participants' | 'name' | 'party'

export const EXPORT_FIELD_NAMES: Readonly<Record<ExportFieldRole, readonly string[]>> = {
  number: ['Nummer', 'Number', 'AgendaItemNumber', 'Punktnummer', 'PunktNr', 'ItemNumber', 'Nr', 'No', 'Sortering', 'SortOrder', 'Position'],
  title: ['Titel', 'Title', 'Overskrift', 'Caption', 'Heading', 'Navn', 'Name', 'Emne', 'Subject', 'Headline'],
  text: ['Tekst', 'Text', 'FullText', 'Fritekst', 'Content', 'Indhold', 'Html', 'Body', 'Beskrivelse', 'Description', 'Sagsfremstilling'],
  caseNumber: ['Sagsnr', 'SagsNummer', 'CaseNo', 'CaseNumber', 'CaseId', 'Journalnummer', 'JournalNr', 'EmneNr'],
  decision: ['Beslutning', 'Decision', 'ItemDecision', 'Afgørelse', 'Resolution'],
  attachments: ['Bilag', 'Attachments', 'Attachment', 'Bilagsliste', 'Documents', 'Dokumenter', 'Enclosures', 'Enclosure', 'Files', 'Filer'],
  url: ['Url', 'Link', 'Href', 'DownloadUrl', 'FileUrl', 'UrlShowAttachment', 'UrlShowDocument', 'PublicUrl'],
  id: ['Id', 'Guid', 'Uuid', 'AttachmentId', 'BilagId', 'DocumentId', 'DocId', 'FileId', 'ItemId', 'PunktId', 'Key'],
  committee: ['Udvalg', 'Committee', 'CommitteeName', 'Udvalgsnavn', 'Organ', 'Forum', 'Board'],
  date: ['MeetingDate', 'Mødedato', 'Dato', 'Date', 'MeetingBegin', 'Start', 'StartTime', 'Begin', 'Tidspunkt'],
  start: ['Starttidspunkt', 'StartTime', 'Start', 'Begin', 'MeetingBegin'],
  end: ['Sluttidspunkt', 'EndTime', 'End', 'Slut', 'MeetingEnd'],
  location: ['Mødested', 'Sted', 'Location', 'Lokale', 'Place', 'Room', 'Where'],
  participants: ['Deltagere', 'Mødedeltagere', 'Participants', 'Members', 'Medlemmer', 'Attendees'],
  name: ['Navn', 'Name', 'FullName', 'Fuldenavn'],
  party: ['Parti', 'Party']
}

/** Participation values that mark a member absent (`Status: Afbud`, `Absent: true`). */
export const EXPORT_ABSENT_VALUE = /^(afbud|fraværende|absent|cancelled|canceled|excused|true)$/i

/** Names of flags that say an item is closed to the public. */
export const EXPORT_CLOSED_FLAG = ['Lukket', 'Closed', 'IsClosed', 'Fortrolig', 'Confidential']
