// Each case calls `execute` on a use case of its own: that use case is the tool's per-tool function (README questions
// 84, 105), handed the input or a field of it, and its write is reported in it, not at the case. The shared API client
// two cases call (`this.api.execute`) is a helper: its write is reported at the case.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CountProductsUseCase, CreateCouponUseCase, CreateProductUseCase, GetProductUseCase, ShopApi } from './use-cases.js';

export class ShopController {
  private readonly createProduct = new CreateProductUseCase();
  private readonly getProduct = new GetProductUseCase();
  private readonly createCoupon = new CreateCouponUseCase();
  private readonly countProducts = new CountProductsUseCase();
  private readonly api = new ShopApi();

  async handle(method: string, params: any) {
    switch (method) {
      case 'create_product':
        return this.createProduct.execute(params.productData);
      case 'get_product':
        return this.getProduct.execute(params.productId);
      case 'create_coupon':
        return this.createCoupon.execute(params);
      case 'count_products':
        return this.countProducts.execute(params);
      case 'create_note':
        return this.api.execute('/notes', params); // expect: non-idempotent-tool
      case 'create_tag':
        return this.api.execute('/tags', params); // expect: non-idempotent-tool
      default:
        throw new Error(`unknown tool ${method}`);
    }
  }

  failure(error: unknown): CallToolResult {
    return { content: [{ type: 'text', text: String(error) }], isError: true };
  }
}
