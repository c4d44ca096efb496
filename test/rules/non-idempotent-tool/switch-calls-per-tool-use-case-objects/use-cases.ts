const API = 'https://shop.example.com/api';

export class CreateProductUseCase {
  async execute(data: unknown) {
    if (!data) throw new Error('product data is required');
    const response = await fetch(`${API}/products`, { method: 'POST', body: JSON.stringify(data), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.json();
  }
}

export class GetProductUseCase {
  async execute(id: number) {
    const response = await fetch(`${API}/products/${id}`, { signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}

export class CreateCouponUseCase {
  async execute(params: unknown) {
    const response = await fetch(`${API}/coupons`, { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.json();
  }
}

export class CountProductsUseCase {
  async execute(params: { category?: string }) {
    const response = await fetch(`${API}/products/count?category=${encodeURIComponent(params.category ?? '')}`, { signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}

export class ShopApi {
  async execute(path: string, body: unknown) {
    const response = await fetch(`${API}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
}
