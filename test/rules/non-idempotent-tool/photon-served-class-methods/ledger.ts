// A class extending Photon's base class is a Photon whatever its file is called: its public methods are tools.
import { PhotonMCP } from '@portel/photon-core';
import { appendFile } from 'node:fs/promises';

export default class Ledger extends PhotonMCP {
  /** Record an entry */
  async record(params: { line: string }) {
    await appendFile('/var/data/ledger.log', `${params.line}\n`); // expect: non-idempotent-tool
    return { ok: true };
  }
}
