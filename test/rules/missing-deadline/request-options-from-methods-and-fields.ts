// Options built by the class itself: `...this.config()` is what `config()` returns and `...this.defaults` is the
// field's initialiser. Neither carries a signal or a timeout, so those fetches have no deadline; the method that
// returns a timeout signal, and the field the constructor fills from an unknown argument, are clean.
export class WeatherClient {
  private defaults = { headers: { accept: 'application/json' } };
  private tuned: RequestInit;

  constructor(private readonly key: string, tuned: RequestInit) {
    this.tuned = tuned;
  }

  private config() {
    return { headers: { authorization: `Bearer ${this.key}` } };
  }

  private timed(ms: number) {
    return { headers: { authorization: `Bearer ${this.key}` }, signal: AbortSignal.timeout(ms) };
  }

  async forecast(city: string) {
    const res = await fetch(`https://weather.example.com/v1/forecast?city=${city}`, { ...this.config(), method: 'GET' }); // expect: missing-deadline
    return res.json();
  }

  async current(city: string) {
    const res = await fetch(`https://weather.example.com/v1/current?city=${city}`, { ...this.defaults }); // expect: missing-deadline
    return res.json();
  }

  async alerts(region: string) {
    const res = await fetch(`https://weather.example.com/v1/alerts/${region}`, { ...this.timed(8_000) });
    return res.json();
  }

  async radar(region: string) {
    const res = await fetch(`https://weather.example.com/v1/radar/${region}`, { ...this.tuned });
    return res.json();
  }
}
