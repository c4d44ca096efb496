// Alerts page the on-call phone only for critical or high severity; anything lower is only logged.
export interface Alert {
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';
  title: string;
}

export async function raiseAlert(alert: Alert): Promise<void> {
  console.warn(`[${alert.severity}] ${alert.title}`);
  if (alert.severity === 'CRITICAL' || alert.severity === 'HIGH') {
    await fetch('https://pager.example.com/v1/pages', { method: 'POST', body: JSON.stringify(alert) });
  }
}
