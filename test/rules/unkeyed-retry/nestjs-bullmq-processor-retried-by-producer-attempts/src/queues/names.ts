export const INVOICE_QUEUE = 'invoice-queue';
export const RECEIPT_QUEUE = 'receipt-queue';
export const AUDIT_QUEUE = 'audit-queue';
export const NOTICE_QUEUE = 'notice-queue';
