import { openDatabase, type SpinwebDatabase } from '../database/open-database';

/** Opens the database, runs `work`, and always closes the file again. */
export async function withDatabase<Result>(file: string, work: (network: SpinwebDatabase) => Promise<Result>): Promise<Result> {
  const network = await openDatabase(file);
  try {
    return await work(network);
  } finally {
    await network.close();
  }
}
